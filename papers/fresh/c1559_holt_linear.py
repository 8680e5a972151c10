from h import *
rng=np.random.default_rng(1559); Tn=8; y=np.cumsum(rng.normal(size=Tn))+5; a,bs,l0,b0=0.6,0.3,5.0,0.1
l,b=l0,b0; L=[]; Bv=[]
for t in range(Tn):
    ln=a*y[t]+(1-a)*(l+b); b=bs*(ln-l)+(1-bs)*b; l=ln; L.append(l); Bv.append(b)
run('c1559_holt_linear', {'y':y,r'\alpha':a,r'\beta^*':bs,r'\ell_0':l0,'b_0':b0}, {'l':np.array(L),'b':np.array(Bv)}, fn=[r'\ell','b'])
