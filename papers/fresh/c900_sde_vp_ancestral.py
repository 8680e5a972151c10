from h import *
rng=np.random.default_rng(900); D=4; x,z=rng.normal(size=D),rng.normal(size=D); W=rng.normal(size=(D,D)); b=0.02
X=T(x); e=(X+b*(T(W)@X))/np.sqrt(1-b)+np.sqrt(b)*T(z)
run('c900_sde_vp_ancestral', {r'\mathbf{x}_{i+1}':x,r'\mathbf{z}_{i+1}':z,'W':W,r'\beta_{i+1}':b}, e.numpy(), fn=r'\mathbf{x}_i')
