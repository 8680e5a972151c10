from h import *
rng=np.random.default_rng(899); D=4; x,z=rng.normal(size=D),rng.normal(size=D); W=rng.normal(size=(D,D)); si,si1=0.5,0.8
X=T(x); e=X+(si1**2-si**2)*(T(W)@X)/si1**2+np.sqrt(si1**2-si**2)*T(z)
run('c899_sde_ve_reverse', {r'\mathbf{x}_{i+1}':x,r'\mathbf{z}_{i+1}':z,'W':W,r'\sigma_i':si,r'\sigma_{i+1}':si1}, e.numpy(), fn=r'\mathbf{x}_i')
