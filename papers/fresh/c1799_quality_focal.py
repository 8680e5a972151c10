from h import *
rng=np.random.default_rng(1799); N=5; s=rng.uniform(0.05,0.95,size=N); y=rng.uniform(0,1,size=N); b=2.0
run('c1799_quality_focal', {r'\sigma':s,'y':y,r'\beta':b}, -np.abs(y-s)**b*((1-y)*np.log(1-s)+y*np.log(s)), fn=r'\mathbf{QFL}')
