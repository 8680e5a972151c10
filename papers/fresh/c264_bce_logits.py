from h import *
rng=np.random.default_rng(264); N=6; x=rng.normal(size=N); y=(rng.random(N)<.5).astype(float); w=rng.random(N)+.5
run('c264_bce_logits', {'x':x,'y':y,'w':w}, torch.nn.functional.binary_cross_entropy_with_logits(T(x),T(y),weight=T(w),reduction='none').numpy(), fn='l')
