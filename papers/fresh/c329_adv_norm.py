from h import *
rng=np.random.default_rng(329); A=rng.normal(size=9)*3+1; e=1e-8
m=T(A).mean(); s=T(A).std(unbiased=False)
run('c329_adv_norm', {'A':A,r'\epsilon':e}, ((T(A)-m)/(s+e)).numpy(), fn=r'\hat{A}')
