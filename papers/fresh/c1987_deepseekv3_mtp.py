from h import *
rng=np.random.default_rng(1987); T_,V,k=6,5,1; P=rng.dirichlet(np.ones(V),size=T_+1); t=rng.integers(0,V,size=T_+1)
# 1-based positions i=2+k..T+1 -> 0-based rows i-1
run('c1987_deepseekv3_mtp', {'P^{k}':P,'t':t,'k':k}, -sum(np.log(P[i-1,t[i-1]]) for i in range(2+k,T_+2))/T_, fn=r'\mathcal{L}_{\text{MTP}}^{k}')
