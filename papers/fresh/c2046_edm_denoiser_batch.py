from h import *
rng=np.random.default_rng(2046); B,D=3,4
x,F=rng.normal(size=(B,D)),rng.normal(size=(B,D)); s=np.array([0.1,1.0,10.0]); sd=0.5
cs=sd**2/(s**2+sd**2); co=s*sd/np.sqrt(sd**2+s**2)
run('c2046_edm_denoiser_batch', {r'\boldsymbol{x}':x, r'F_\theta(c_{in}(\sigma) \boldsymbol{x}; c_{noise}(\sigma))':F, r'\sigma':s, r'\sigma_{data}':sd}, cs[:,None]*x+co[:,None]*F, fn=r'D_\theta')
