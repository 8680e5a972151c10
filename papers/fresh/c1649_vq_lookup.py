from h import *
rng=np.random.default_rng(1649); K,D=5,3; ze=rng.normal(size=D); e=rng.normal(size=(K,D))
k=torch.argmin(torch.linalg.norm(T(e)-T(ze),dim=1)); out=T(e)[k]
run('c1649_vq_lookup', {'z_e(x)':ze, 'e':e}, out.numpy(), fn='z_q')
