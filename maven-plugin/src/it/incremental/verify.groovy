// The second run translated only what changed: the touched-but-unchanged attention.eq's
// outputs were not rewritten (they keep the marker and the old stamp set before the run), the
// edited ffn.eq's source is new, the deleted gelu.eq's outputs are gone.
def fail = { msg -> throw new AssertionError(msg) }
long old = 946684800000L
def main = new File(basedir, 'target/generated-sources/eqc/demo')
def test = new File(basedir, 'target/generated-test-sources/eqc/demo')
def attention = new File(main, 'Attention.java')
if (!attention.text.endsWith('// not rewritten\n') || attention.lastModified() != old) fail('Attention.java was rewritten')
if (new File(test, 'AttentionTest.java').lastModified() != old) fail('AttentionTest.java was rewritten')
def ffn = new File(main, 'Ffn.java')
if (ffn.lastModified() == old || !ffn.text.contains('two affine maps')) fail('the edited ffn.eq was not translated again')
if (new File(main, 'Gelu.java').exists() || new File(test, 'GeluTest.java').exists()) fail('the deleted gelu.eq left outputs')
def state = new Properties()
new File(basedir, 'target/eqc-state.properties').withInputStream { state.load(it) }
def inputs = state.stringPropertyNames().findAll { it.startsWith('input.') }.sort()
if (inputs != ['input.src/main/eqc/demo/attention.eq', 'input.src/main/eqc/demo/ffn.eq']) fail("unexpected state: ${inputs}")
def log = new File(basedir, 'build.log').text
if (!log.contains('eqc: 3 files translated into 6 sources, 0 unchanged')) fail('first run summary missing')
if (!log.contains('eqc: 1 file translated into 2 sources, 1 unchanged, 2 stale sources removed')) fail('second run summary missing')
return true
