from h import *
rng=np.random.default_rng(1425); d=6
xp,xn=rng.normal(size=d),rng.normal(size=d); w,phi=7.5,0.7
xc=xn+w*(xp-xn); xr=xc*xp.std()/xc.std()   # the ratio does not depend on the std's correction
run('c1425_cfg_rescale', {r'\mathbf{x}_{\text{pos}}':xp,r'\mathbf{x}_{\text{neg}}':xn,'w':w,r'\phi':phi}, phi*xr+(1-phi)*xc, fn=r'\mathbf{x}_{\text{final}}')
