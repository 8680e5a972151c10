// Inputs that would generate one class are an error naming both files, and nothing is written.
def fail = { msg -> throw new AssertionError(msg) }
def log = new File(basedir, 'build.log').text
[
    'src/main/eqc/b/attention.eq: error: generates class dup.Attention, as src/main/eqc/a/attention.eq does; rename one of them',
    'src/main/eqc/my_eq.eq: error: generates class dup.MyEq, as src/main/eqc/my-eq.eq does; rename one of them',
    "src/clash/eqc/attention_test.eq: error: generates main/dup/AttentionTest.java, the same class as src/clash/eqc/attention.eq's test/dup/AttentionTest.java",
].each { line ->
    if (!log.contains(line)) fail("build.log lacks: ${line}")
}
def written = []
def target = new File(basedir, 'target')
if (target.exists()) target.eachFileRecurse { if (it.name.endsWith('.java') || it.name.startsWith('.eqc-')) written << it }
if (written) fail("sources were written despite the clash: ${written}")
return true
