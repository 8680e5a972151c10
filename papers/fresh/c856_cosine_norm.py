from h import *
rng=np.random.default_rng(856); d=6; w=rng.normal(size=d); x=rng.normal(size=d)
run('c856_cosine_norm', {r'\vec{w}':w, r'\vec{x}':x}, torch.nn.functional.cosine_similarity(T(w),T(x),dim=0).numpy(), fn='net_{norm}')
