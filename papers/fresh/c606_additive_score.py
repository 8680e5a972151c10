from h import *
rng=np.random.default_rng(606); h,qd,kd=4,3,5
Wq,Wk,wv,q,k=rng.normal(size=(h,qd)),rng.normal(size=(h,kd)),rng.normal(size=h),rng.normal(size=qd),rng.normal(size=kd)
run('c606_additive_score', {r'\mathbf{W}_q':Wq, r'\mathbf{W}_k':Wk, r'\mathbf{w}_v':wv, r'\mathbf{q}':q, r'\mathbf{k}':k},
    (T(wv)@torch.tanh(T(Wq)@T(q)+T(Wk)@T(k))).numpy(), fn='a')
