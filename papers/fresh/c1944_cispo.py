from h import *
rng=np.random.default_rng(1944); G,Tn=3,4
r=rng.uniform(0.5,1.5,size=(G,Tn)); A=rng.normal(size=(G,Tn)); p=rng.uniform(0.1,0.9,size=(G,Tn)); lo,hi=0.2,0.3
J=(np.clip(r,1-lo,1+hi)*A*np.log(p)).sum()/(G*Tn)
run('c1944_cispo', {r'r_{i,t}(\theta)':r, r'\hat{A}_{i,t}':A, r'\pi_\theta(o_{i,t} \mid q, o_{i,<t})':p, r'\epsilon^{IS}_{low}':lo, r'\epsilon^{IS}_{high}':hi}, J, fn=r'\mathcal{J}_\text{CISPO}', dims={'T':Tn})
