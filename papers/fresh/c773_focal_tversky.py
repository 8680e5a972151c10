from h import *
rng=np.random.default_rng(773); N=10; p1=rng.uniform(size=N); g1=rng.integers(0,2,size=N).astype(float); a,b,gm,e=0.7,0.3,4/3,1e-6
p=np.stack([1-p1,p1],1); g=np.stack([1-g1,g1],1); c,cb=1,0
tp=(p[:,c]*g[:,c]).sum(); ti=(tp+e)/(tp+a*(p[:,cb]*g[:,c]).sum()+b*(p[:,c]*g[:,cb]).sum()+e)
run('c773_focal_tversky', {'p':p,'g':g,'c':c,r'\bar{c}':cb,r'\alpha':a,r'\beta':b,r'\gamma':gm,r'\epsilon':e}, np.array((1-ti)**(1/gm)), fn='FTL_c')
