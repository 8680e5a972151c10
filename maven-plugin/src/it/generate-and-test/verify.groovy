import groovy.xml.XmlSlurper

// The consumer checked and generated both files, compiled them and ran their generated tests.
def fail = { msg -> throw new AssertionError(msg) }
def gen = new File(basedir, 'target/generated-sources/eqc/dev/eqc/it')
def genTest = new File(basedir, 'target/generated-test-sources/eqc/dev/eqc/it')
['Attention', 'LayerNorm'].each { cls ->
    if (!new File(gen, cls + '.java').isFile()) fail("missing generated source ${cls}.java")
    if (!new File(genTest, cls + 'Test.java').isFile()) fail("missing generated test ${cls}Test.java")
    if (!new File(basedir, "target/classes/dev/eqc/it/${cls}.class").isFile()) fail("${cls} was not compiled")
    def report = new File(basedir, "target/surefire-reports/TEST-dev.eqc.it.${cls}Test.xml")
    if (!report.isFile()) fail("the generated test ${cls}Test did not run (no ${report})")
    def suite = new XmlSlurper().parse(report)
    int tests = suite.@tests.toInteger()
    if (tests < 1 || suite.@failures.toInteger() != 0 || suite.@errors.toInteger() != 0) {
        fail("${cls}Test: ${tests} tests, ${suite.@failures} failures, ${suite.@errors} errors")
    }
    println "${cls}Test: ${tests} generated tests passed"
}
def log = new File(basedir, 'build.log').text
if (!log.contains('eqc: checked 2 files: 0 errors, 0 warnings')) fail('check did not report its summary')
if (log.contains('[WARNING] eqc:')) fail('unexpected eqc warning in a project with every dependency')
return true
