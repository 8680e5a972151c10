from h import *
rng=np.random.default_rng(326); g=rng.normal(size=8)*2; c=1.0
run('c326_clip_value', {'g':g,'c':c}, torch.clamp(T(g),-c,c).numpy(), fn=r'\hat{g}')
