from h import *
rng=np.random.default_rng(672); d,k=6,5; g,w=rng.normal(size=d),rng.normal(size=d); mu=np.abs(rng.normal(size=k)); eta=0.1
S=np.zeros((k,d)); S[0,:3]=1; S[1,3:]=1; S[2,::2]=1; S[3,1::2]=1; S[4,[0,5]]=1
G2=T(g)**2; M=T(mu)+torch.stack([G2[T(S)[r]>0].max() for r in range(k)])
nu=torch.stack([M[T(S)[:,i]>0].min() for i in range(d)])
run('c672_sm3', {'g_t':g,'w_t':w,r'\mu_{t-1}':mu,'S':S,r'\eta':eta}, (T(w)-eta*T(g)/nu.sqrt()).numpy(), fn='w_{t+1}')
