// A wrong shape fails the build with the diagnostic located as path:LINE:COL, code and help.
def fail = { msg -> throw new AssertionError(msg) }
def log = new File(basedir, 'build.log').text
[
    '[ERROR] src/main/eqc/com/acme/attention.eq:3:59: error[E0301]: cannot multiply [n, d_k] by [d_v, m]: inner dimensions d_k and d_v differ',
    '[ERROR] 3 | \\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QV^T}{\\sqrt{d_k}}\\right)V',
    '[ERROR]   = help: K has shape [m, d_k]; did you mean `QK^T`?',
    '[ERROR] src/main/eqc/com/acme/layers/linear.eq:3:8: error[E0302]: cannot add [n] and [m]: dimensions n and m differ',
    'eqc found 2 errors in the .eq files:',
].each { line ->
    if (!log.contains(line)) fail("build.log lacks: ${line}")
}
if (!(log =~ /eqc-maven-plugin:[^:]+:check \(default\) on project shape-error/)) fail('the check goal did not fail the build')
if (!(log =~ /eqc-maven-plugin:[^:]+:generate \(default-cli\) on project shape-error/)) fail('the generate goal did not fail')
def generated = new File(basedir, 'target/generated-sources/eqc')
if (generated.exists() && generated.listFiles().length > 0) fail("generate wrote into ${generated} despite errors")
def written = []
def target = new File(basedir, 'target')
// Nor any temporary file or staging folder: they are removed on the failure path too.
if (target.exists()) target.eachFileRecurse {
    if (it.name.endsWith('.java') || it.name.startsWith('.eqc-') || it.name.startsWith('eqc-staging-')) written << it
}
if (written) fail("generate left sources behind: ${written}")
return true
