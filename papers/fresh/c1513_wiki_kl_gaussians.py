from h import *
rng=np.random.default_rng(1513); k=3; m0,m1=rng.normal(size=k),rng.normal(size=k); A=rng.normal(size=(k,k)); B=rng.normal(size=(k,k)); S0=A@A.T+k*np.eye(k); S1=B@B.T+k*np.eye(k)
S1i=np.linalg.inv(S1); dm=m1-m0
exp=0.5*(np.trace(S1i@S0)-k+dm@S1i@dm+np.log(np.linalg.det(S1)/np.linalg.det(S0)))
run('c1513_wiki_kl_gaussians', {r'\mu_0':m0,r'\mu_1':m1,r'\Sigma_0':S0,r'\Sigma_1':S1}, exp, fn=r'D_\text{KL}')
