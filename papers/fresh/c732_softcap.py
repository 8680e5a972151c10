from h import *
rng=np.random.default_rng(732); z=rng.normal(size=6)*40; c=30.0
run('c732_softcap', {r'\text{logits}':z, r'\text{soft\_cap}':c}, c*np.tanh(z/c), fn=r'\text{logits}')
