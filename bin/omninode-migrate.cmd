@echo off
rem omninode-migrate on Windows: runs lib\omninode-migrate.jar (or OMNINODE_MIGRATE_JAR) in the caller's
rem working directory. A class-data-sharing archive next to the jar (omninode-migrate.jsa) is used when it
rem exists and quietly ignored when it does not fit this JDK. OMNINODE_MIGRATE_CDS=off runs without it.
rem JAVA picks the java binary, JAVA_OPTS adds options.
setlocal
set "OMNINODE_JAR=%OMNINODE_MIGRATE_JAR%"
if "%OMNINODE_JAR%"=="" set "OMNINODE_JAR=%~dp0..\lib\omninode-migrate.jar"
if exist "%OMNINODE_JAR%" goto found
echo ERROR [omninode] %OMNINODE_JAR% not found; unpack the distribution again or set OMNINODE_MIGRATE_JAR 1>&2
exit /b 3
:found
set "OMNINODE_JAVA=%JAVA%"
if "%OMNINODE_JAVA%"=="" set "OMNINODE_JAVA=java"
set "OMNINODE_ARCHIVE=%OMNINODE_JAR:~0,-4%.jsa"
set OMNINODE_CDS=
if /i "%OMNINODE_MIGRATE_CDS%"=="off" goto run
if not exist "%OMNINODE_ARCHIVE%" goto run
rem -Xlog keeps the JVM from printing on stdout about an archive it cannot use
set OMNINODE_CDS="-XX:SharedArchiveFile=%OMNINODE_ARCHIVE%" -Xlog:cds=off,cds+dynamic=off
:run
rem a short-lived command gains nothing from the optimizing compiler
"%OMNINODE_JAVA%" -XX:TieredStopAtLevel=1 %OMNINODE_CDS% %JAVA_OPTS% -jar "%OMNINODE_JAR%" %*
exit /b %ERRORLEVEL%
