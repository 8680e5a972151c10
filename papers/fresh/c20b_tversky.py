from h import *
rng=np.random.default_rng(20); N=10; p=rng.random(N); g=(rng.random(N)<.5).astype(float); a,b=0.3,0.7
P,G=T(p),T(g); tp=(P*G).sum(); fp=(P*(1-G)).sum(); fn=((1-P)*G).sum()
run('c20b_tversky', {'p':p,'g':g,'\\alpha':a,'\\beta':b}, (1-tp/(tp+a*fp+b*fn)).numpy())
