from h import *
rng=np.random.default_rng(547); d=5; m1,m2=rng.normal(size=d),rng.normal(size=d); s1,s2=rng.uniform(0.5,2,d),rng.uniform(0.5,2,d)
M1,M2,S1,S2=T(m1),T(m2),T(s1),T(s2)
run('c547_kl_gauss', {r'\mu_1':m1,r'\mu_2':m2,r'\sigma_1':s1,r'\sigma_2':s2}, (torch.log(S2/S1)+(S1**2+(M1-M2)**2)/(2*S2**2)-0.5).numpy(), fn='D_{KL}')
