from h import *
rng=np.random.default_rng(1558); d=4; h=rng.normal(size=d); wm,ws=rng.normal(size=d),rng.normal(size=d); bm,bs,z=0.2,-0.1,0.8
mu=wm@h+bm; s=np.log1p(np.exp(ws@h+bs))
run('c1558_deepar', {r'\mathbf{h}_{i,t}':h,r'\mathbf{w}_\mu':wm,r'\mathbf{w}_\sigma':ws,r'b_\mu':bm,r'b_\sigma':bs,'z':z}, (2*np.pi*s**2)**-0.5*np.exp(-(z-mu)**2/(2*s**2)), fn=r'\ell_G')
