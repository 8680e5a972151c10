from h import *
rng=np.random.default_rng(867); n,D=5,3; x=rng.normal(size=(n,D)); s=1.3
run('c867_gaussian_weights', {'x':x,r'\sigma':s}, torch.exp(-torch.cdist(T(x),T(x))**2/s**2).numpy(), fn='w')
