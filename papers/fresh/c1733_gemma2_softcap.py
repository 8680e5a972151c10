from h import *
rng=np.random.default_rng(1733); l=rng.normal(size=6)*40; c=30.
run('c1733_gemma2_softcap', {r'\text{logits}':l, r'\text{soft\_cap}':c}, c*np.tanh(l/c), fn=r'\text{logits}')
