from h import *
rng=np.random.default_rng(1646); d=3; z=rng.normal(size=d); z0=rng.normal(size=d); a,b=0.7,0.4
r=torch.linalg.norm(T(z)-T(z0)); out=T(z)+b/(a+r)*(T(z)-T(z0))
run('c1646_radial_flow', {r'\mathbf{z}':z, r'\mathbf{z}_0':z0, r'\alpha':a, r'\beta':b}, out.numpy(), fn='f')
