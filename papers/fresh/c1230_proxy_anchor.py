from h import *
rng=np.random.default_rng(1230); B,C=6,4; s=rng.uniform(-1,1,(B,C)); lab=np.array([0,0,1,1,2,0])
Xp=(np.arange(C)[:,None]==lab[None]).astype(float); Xn=1-Xp; Pp=(Xp.sum(1)>0).astype(float); a,d=32.0,0.1
pos=np.log(1+(Xp*np.exp(-a*(s.T-d))).sum(1)); neg=np.log(1+(Xn*np.exp(a*(s.T+d))).sum(1))
out=(Pp*pos).sum()/Pp.sum()+neg.mean()
run('c1230_proxy_anchor', {'s(x, p)':s,'X^+':Xp,'X^-':Xn,'P^+':Pp,r'\alpha':a,r'\delta':d}, np.array(out), fn=r'\ell')
