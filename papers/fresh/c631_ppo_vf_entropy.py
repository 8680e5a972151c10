from h import *
rng=np.random.default_rng(631); n=7
r=rng.uniform(0.6,1.4,size=n); A,Vt,V=rng.normal(size=n),rng.normal(size=n),rng.normal(size=n); S=rng.uniform(0,2,size=n)
clip=np.minimum(r*A, np.clip(r,0.8,1.2)*A)
run('c631_ppo_vf_entropy', {'r':r,r'\hat{A}':A,'V^{targ}':Vt,r'V_\theta':V,'S':S}, np.mean(clip-0.5*(V-Vt)**2+0.01*S), fn='L^{CLIP+VF+S}')
