from h import *
TP,TN,FP,FN=40.,35.,7.,11.
run('c765_mcc', {'TP':TP,'TN':TN,'FP':FP,'FN':FN}, np.array((TP*TN-FP*FN)/np.sqrt((TP+FP)*(TP+FN)*(TN+FP)*(TN+FN))), fn='MCC')
