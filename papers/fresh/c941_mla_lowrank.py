from h import *
rng=np.random.default_rng(941); d,dc,dcq,dh,nh=8,3,4,2,3
ht=rng.normal(size=d); Wdkv=rng.normal(size=(dc,d)); Wuk=rng.normal(size=(dh*nh,dc)); Wuv=rng.normal(size=(dh*nh,dc))
Wdq=rng.normal(size=(dcq,d)); Wuq=rng.normal(size=(dh*nh,dcq))
c=T(Wdkv)@T(ht); cq=T(Wdq)@T(ht)
inp={r'\mathbf{h}_t':ht, 'W^{DKV}':Wdkv, 'W^{UK}':Wuk, 'W^{UV}':Wuv, 'W^{DQ}':Wdq, 'W^{UQ}':Wuq}
run('c941_mla_lowrank', inp, (T(Wuk)@c).numpy(), fn=r'\mathbf{k}_{t}^{C}')
run('c941_mla_lowrank', inp, (T(Wuv)@c).numpy(), fn=r'\mathbf{v}_{t}^{C}')
run('c941_mla_lowrank', inp, (T(Wuq)@cq).numpy(), fn=r'\mathbf{q}_{t}^{C}')
