from h import *
rng=np.random.default_rng(549); B=6; r,q1,q2=rng.normal(size=B),rng.normal(size=B),rng.normal(size=B); g=0.99
run('c549_td3_target', {'r':r,"Q'_1":q1,"Q'_2":q2,r'\gamma':g}, (T(r)+g*torch.min(T(q1),T(q2))).numpy(), fn='y')
