from h import *
rng=np.random.default_rng(773); N=10; p=rng.uniform(size=N); g=rng.integers(0,2,size=N).astype(float); a,b,gm,e=0.7,0.3,4/3,1e-6
tp=(p*g).sum(); ti=(tp+e)/(tp+a*((1-p)*g).sum()+b*(p*(1-g)).sum()+e)
run('c773_focal_tversky', {'p':p,'g':g,r'\alpha':a,r'\beta':b,r'\gamma':gm,r'\epsilon':e}, np.array((1-ti)**(1/gm)), fn='FTL_c')
