from h import *
rng=np.random.default_rng(1748); D=4; x0,z,F=rng.normal(size=D),rng.normal(size=D),rng.normal(size=D); t,sd=0.7,0.5
xt=np.cos(t)*x0+np.sin(t)*z
run('c1748_trigflow', {r'\mathbf{x}_0':x0, r'\mathbf{z}':z, r'\mathbf{F}_\theta\left(\frac{\mathbf{x}_t}{\sigma_d}, t\right)':F, 't':t, r'\sigma_d':sd}, np.cos(t)*xt-np.sin(t)*sd*F, fn=r'\mathbf{f}_\theta')
