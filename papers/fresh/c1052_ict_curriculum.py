from h import *
k,K,s0,s1=170000.0,400000.0,10.0,1280.0
Kp=np.floor(K/(np.log2(np.floor(s1/s0))+1))
run('c1052_ict_curriculum', {'k':k,'K':K,'s_0':s0,'s_1':s1}, {'k_prime':np.array(Kp), 'n':np.array(min(s0*2**np.floor(k/Kp),s1)+1)}, fn=["K'",'N'])
