from h import *
rng=np.random.default_rng(969); V=7; z=rng.normal(size=V)*40
run('c969_logit_softcap', {r'\text{logits}':z}, 30*np.tanh(z/30), fn=r"\text{logits}'")
