// Builds this project's pom from docs/getting-started.md: the XML between its consumer-it markers.
def text = new File(snippetPage).getText('UTF-8')
def begin = text.indexOf('<!-- consumer-it:begin')
def end = text.indexOf('<!-- consumer-it:end -->')
if (begin < 0 || end < begin) {
    throw new IllegalStateException("${snippetPage} has no <!-- consumer-it:begin --> ... <!-- consumer-it:end --> markers"
            + " around the dependency snippet; put them back around the ```xml block of \"Maven coordinates and the processor path\"")
}
def fenced = text.substring(begin, end) =~ /(?s)```xml\r?\n(.*?)```/
if (!fenced.find()) {
    throw new IllegalStateException("${snippetPage}: no ```xml block between the consumer-it markers")
}
def pom = new File(basedir, 'pom.xml')
def marker = '<!-- getting-started snippet -->'
def template = pom.getText('UTF-8')
if (!template.contains(marker)) {
    throw new IllegalStateException("${pom} has no ${marker} marker to replace")
}
def snippet = fenced.group(1).trim().readLines().join('\n  ').replaceAll(/\n +\n/, '\n\n')
pom.setText(template.replace(marker, snippet), 'UTF-8')
return true
