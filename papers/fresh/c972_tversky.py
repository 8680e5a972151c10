from h import *
rng=np.random.default_rng(972); N=10
p0=rng.random(N); p=np.stack([p0,1-p0]); g0=(rng.random(N)<.5).astype(float); g=np.stack([g0,1-g0]); a,b=0.3,0.7
tp=(p[0]*g[0]).sum()
run('c972_tversky', {'p':p,'g':g,r'\alpha':a,r'\beta':b}, np.array(tp/(tp+a*(p[0]*g[1]).sum()+b*(p[1]*g[0]).sum())), fn='T')
