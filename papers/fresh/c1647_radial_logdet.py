from h import *
rng=np.random.default_rng(1647); d=3; z=rng.normal(size=d); z0=rng.normal(size=d); a,b=0.7,0.4
f=lambda zz: zz+b/(a+torch.linalg.norm(zz-T(z0)))*(zz-T(z0))
J=torch.autograd.functional.jacobian(f,T(z)); out=torch.linalg.det(J).abs()
run('c1647_radial_logdet', {r'\mathbf{z}':z, r'\mathbf{z}_0':z0, r'\alpha':a, r'\beta':b}, out.numpy())
