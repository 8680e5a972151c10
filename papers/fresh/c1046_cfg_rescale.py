from h import *
rng=np.random.default_rng(1046); D=10; xp,xn=rng.normal(size=D),rng.normal(size=D)*0.7+0.3; w,phi=7.5,0.7
xc=xn+w*(xp-xn); xr=xc*xp.std()/xc.std()
run('c1046_cfg_rescale', {r'x_{\text{pos}}':xp,r'x_{\text{neg}}':xn,'w':w,r'\phi':phi}, phi*xr+(1-phi)*xc, fn=r'x_{\text{final}}')
