/**
 * The test history of the CLI's tests: a main line with a branch point, a labelled branch and a
 * merge, plus an independent labelled root, so that there are two heads.
 *
 * <pre>
 * 1975ea83b712 -> ae1027a6acf0 -> 27c6a30d7c24 (feature) -> 4f2e8d1b6a33 (merge, head)
 *                             \-> 27f0b9e1d355 ----------/
 * 5d0c1e2f3a44 (audit, head)
 * </pre>
 */
package io.omninode.migrations.cli.history;
