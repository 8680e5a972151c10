// Without eqc-runtime and JUnit the plugin still generates, and warns with what to add.
def fail = { msg -> throw new AssertionError(msg) }
def log = new File(basedir, 'build.log').text
if (!log.contains('[WARNING] eqc: the generated code needs dev.eqc:eqc-runtime')) fail('no warning about eqc-runtime')
if (!log.contains('<artifactId>eqc-runtime</artifactId>')) fail('the runtime warning does not show the dependency to add')
if (!log.contains('[WARNING] eqc: the generated tests need JUnit 5')) fail('no warning about JUnit')
if (!new File(basedir, 'target/generated-sources/eqc/Gelu.java').isFile()) fail('Gelu.java (default package) not generated')
return true
