from h import *
rng=np.random.default_rng(646); D=4
x,z=rng.normal(size=D),rng.normal(size=D); W=rng.normal(size=(D,D))*0.5; ep,si,sL=2e-5,0.5,0.01
a=ep*si**2/sL**2
run('c646_langevin_step', {r'\tilde{\mathbf{x}}_{t-1}':x, r'\mathbf{z}_t':z, 'W':W, r'\epsilon':ep, r'\sigma_i':si, r'\sigma_L':sL}, x+a/2*(W@x/si)+np.sqrt(a)*z, fn=r'\tilde{\mathbf{x}}_t')
