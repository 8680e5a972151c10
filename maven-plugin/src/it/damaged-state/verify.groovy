import java.nio.file.Files

// Every damaged state file was a warning and a fresh start, never a failure; the leftovers of
// the killed run are gone, the live build's staging folder is not.
def fail = { msg -> throw new AssertionError(msg) }
def base = basedir.toPath()
def target = base.resolve('target')
def log = new File(basedir, 'build.log').text

[
    'default': 'target/eqc-state.properties because it has no checksum',
    'garbage': 'target/eqc-state-garbage.properties because it is not UTF-8 text',
    'folder' : 'target/eqc-state-folder.properties because it is a folder',
    'fields' : 'target/eqc-state-fields.properties because the entry of src/main/eqc/demo/attention.eq has 3 fields instead of 5',
].each { id, warning ->
    if (!log.contains("[WARNING] eqc: ignoring the build state ${warning}")) fail("${id}: no warning '${warning}'")
}
if (!log.contains('[WARNING] eqc: cannot save the build state target/eqc-state-folder.properties (target/eqc-state-folder.properties: a folder is where the state file belongs)')) {
    fail('no warning that the state could not be saved onto the folder')
}
if ((log =~ /eqc: 2 files translated into 4 sources, 0 unchanged/).count != 4) fail('not every execution translated everything')
['generated-sources/eqc', 'gen-garbage', 'gen-folder', 'gen-fields'].each { dir ->
    ['Attention', 'Gelu'].each { cls ->
        if (!Files.isRegularFile(target.resolve("${dir}/demo/${cls}.java"))) fail("${dir}/demo/${cls}.java missing")
    }
}
['gen-garbage-test', 'gen-folder-test', 'gen-fields-test', 'generated-test-sources/eqc'].each { dir ->
    if (!Files.isRegularFile(target.resolve("${dir}/demo/AttentionTest.java"))) fail("${dir}/demo/AttentionTest.java missing")
}
if (!Files.isDirectory(target.resolve('eqc-state-folder.properties/inside'))) fail('the folder in the way was removed')
// The other three were rewritten whole and load again.
['eqc-state.properties', 'eqc-state-garbage.properties', 'eqc-state-fields.properties'].each { name ->
    def props = new Properties()
    target.resolve(name).toFile().withReader('UTF-8') { props.load(it) }
    if (!props.checksum || props.stringPropertyNames().count { it.startsWith('input.') } != 2) fail("${name} was not rewritten")
}

if (!target.toFile().list().any { it.startsWith('eqc-staging-') && it.endsWith('-l1ve') }) fail("the live build's staging folder was removed")
def left = []
target.toFile().eachFileRecurse { if (it.name.startsWith('.eqc-') || it.name.startsWith('eqc-staging-')) left << target.relativize(it.toPath()).toString() }
left = left.findAll { !it.contains('-l1ve') }
if (left) fail("leftovers of the killed run remain: ${left}")
if (!log.contains('eqc: removed 4 temporary files left by an interrupted build')) fail('no note of the removed leftovers')
return true
