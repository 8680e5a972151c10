from h import *
rng=np.random.default_rng(431); x=rng.normal(size=(2,3,4,5))*2+1
run('c431_instancenorm', {'x':x}, torch.nn.functional.instance_norm(T(x), eps=1e-5).numpy(), fn='y')
