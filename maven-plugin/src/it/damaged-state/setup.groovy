import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.time.Duration
import java.time.Instant

def base = basedir.toPath()
def target = Files.createDirectories(base.resolve('target'))
def zero = '0' * 64

// Cut short in the middle of the output list, which then names the folder demo: before the
// fix the plugin tried to delete that folder and failed every build until mvn clean.
Files.writeString(target.resolve('eqc-state.properties'),
        "#eqc-maven-plugin\nfingerprint=0.1.0-SNAPSHOT\ninput.src/main/eqc/demo/attention.eq=1|1|${zero}|demo.Attention;FLOAT;tests|main/demo")
// Garbage, not even UTF-8.
def junk = new byte[2048]
new Random(14).nextBytes(junk)
junk[0] = (byte) 0xC3; junk[1] = (byte) 0x28
Files.write(target.resolve('eqc-state-garbage.properties'), junk)
// A folder, with something in it, where the state file belongs.
Files.createDirectories(target.resolve('eqc-state-folder.properties/inside'))
// Entries with too few and too many fields, under a checksum that matches (as an editor could
// write it), so the entries themselves must be checked.
def values = new TreeMap<String, String>()
values['fingerprint'] = 'x'
values['input.src/main/eqc/demo/attention.eq'] = '1|2|3'
values['input.src/main/eqc/demo/gelu.eq'] = "1|2|${zero}|o|main/demo/Gelu.java|extra".toString()
def canonical = values.collect { k, v -> "${k}=${v}\n" }.join('')
def sum = java.security.MessageDigest.getInstance('SHA-256').digest(canonical.getBytes('UTF-8')).encodeHex().toString()
Files.writeString(target.resolve('eqc-state-fields.properties'),
        values.collect { k, v -> "${k}=${v}\n" }.join('') + "checksum=${sum}\n")

// What a SIGKILLed run leaves: staging and temporary files of a process that is gone, and an
// unowned staging folder of an older plugin from an hour ago. The live one belongs to the
// Maven process running this IT (alive for the whole inner build) and must stay.
def p = new ProcessBuilder(System.getProperty('java.home') + '/bin/java', '-version').redirectErrorStream(true).start()
p.inputStream.text
p.waitFor()
long dead = p.pid()
long live = ProcessHandle.current().pid()
def write = { path, text -> Files.createDirectories(path.parent); Files.writeString(path, text); path }
write(target.resolve("eqc-staging-${dead}-k1ll3d/0"), 'staged source')
write(target.resolve(".eqc-state-${dead}-k1ll3d.tmp"), 'half a state')
write(target.resolve("generated-sources/eqc/demo/.eqc-${dead}-k1ll3d.tmp"), 'half a source')
def legacy = write(target.resolve('eqc-staging-8123456789012345678/0'), 'staged source').parent
Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofHours(1))))
write(target.resolve("eqc-staging-${live}-l1ve/0"), 'a live build is writing this')
return true
