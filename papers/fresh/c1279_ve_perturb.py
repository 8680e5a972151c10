from h import *
rng=np.random.default_rng(1279); d=4; x0=rng.normal(size=d); z=rng.normal(size=d); t,smin,smax=0.6,0.01,50.0
s=lambda u: smin*(smax/smin)**u
run('c1279_ve_perturb', {r'\mathbf{x}(0)':x0,r'\mathbf{z}':z,'t':t,r'\sigma_{\min}':smin,r'\sigma_{\max}':smax}, x0+np.sqrt(s(t)**2-s(0)**2)*z, fn=r'\mathbf{x}')
