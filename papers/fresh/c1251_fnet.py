from h import *
rng=np.random.default_rng(1251); N,dh=5,4; x=rng.normal(size=(N,dh))
run('c1251_fnet', {'x':x}, torch.fft.fft2(T(x)).real.numpy(), fn='y')
