from h import *
rng=np.random.default_rng(269); x=rng.normal(size=5); t,bmax,bmin=0.4,20.0,0.1
run('c269_vp_mean', {r'\mathbf{x}(0)':x,'t':t,r'\bar{\beta}_{\max}':bmax,r'\bar{\beta}_{\min}':bmin}, T(x).numpy()*np.exp(-0.25*t*t*(bmax-bmin)-0.5*t*bmin))
