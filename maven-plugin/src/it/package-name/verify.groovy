import groovy.xml.XmlSlurper

// packageName puts every generated class into com.example.models, whatever its folder;
// hand-written code compiles against it and all tests (generated and hand-written) pass.
def fail = { msg -> throw new AssertionError(msg) }
def gen = new File(basedir, 'target/generated-sources/eqc/com/example/models')
['Ffn', 'Softmax'].each { cls ->
    def src = new File(gen, cls + '.java')
    if (!src.isFile()) fail("missing ${src}")
    if (!src.text.startsWith('package com.example.models;')) fail("${cls}.java is not in com.example.models")
    if (!src.text.contains('float64')) fail("${cls}.java was not generated in double precision")
    if (!new File(basedir, "target/generated-test-sources/eqc/com/example/models/${cls}Test.java").isFile()) fail("missing ${cls}Test.java")
}
if (new File(basedir, 'target/generated-sources/eqc/paper').exists()) fail('the folders leaked into the package')
['com.example.models.FfnTest', 'com.example.models.SoftmaxTest', 'com.example.app.ProbabilitiesTest'].each { name ->
    def report = new File(basedir, "target/surefire-reports/TEST-${name}.xml")
    if (!report.isFile()) fail("${name} did not run")
    def suite = new XmlSlurper().parse(report)
    if (suite.@tests.toInteger() < 1 || suite.@failures.toInteger() + suite.@errors.toInteger() != 0) fail("${name} failed")
    println "${name}: ${suite.@tests} tests passed"
}
return true
