from h import *
rng=np.random.default_rng(1043); n,d=3,6; x,G=rng.normal(size=(n,d)),rng.normal(size=(n,d)); N=12
a=(2*N)**0.25; y=a*T(x)+T(G)
run('c1043_deepnorm', {'x_l':x,r'G_l(x_l, \theta_l)':G,'N':N}, torch.nn.functional.layer_norm(y,(d,),eps=1e-5).numpy(), fn='x_{l+1}', atol=1e-4)
