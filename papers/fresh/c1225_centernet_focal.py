from h import *
rng=np.random.default_rng(1225); W,H,C=5,4,3; Yh=rng.uniform(0.05,0.95,(W,H,C)); Y=rng.uniform(0,0.9,(W,H,C)); Y[1,2,0]=1; Y[3,0,2]=1; a,b,N=2.0,4.0,2.0
pos=(1-Yh)**a*np.log(Yh); neg=(1-Y)**b*Yh**a*np.log(1-Yh)
run('c1225_centernet_focal', {r'\hat{Y}':Yh,'Y':Y,r'\alpha':a,r'\beta':b,'N':N}, np.array(-np.where(Y==1,pos,neg).sum()/N), fn='L_k')
